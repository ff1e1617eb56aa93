package org.perfreview.support.web;

/** The {@code type} URI and the Chinese title of a problem, by HTTP status. */
public final class ProblemTypes {

    private static final String BASE = "urn:perf-review:problem:";

    private ProblemTypes() {
    }

    public static String type(int status) {
        return BASE + switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "client-error";
        };
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "请求无效";
            case 401 -> "未认证：缺少令牌或令牌无效";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法提供所要求的格式";
            case 409 -> "冲突";
            case 413 -> "内容过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型";
            case 422 -> "无法处理的内容";
            case 503 -> "服务暂不可用";
            default -> status >= 500 ? "服务内部错误" : "请求错误";
        };
    }
}

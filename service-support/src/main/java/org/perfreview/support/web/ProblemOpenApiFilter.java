package org.perfreview.support.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;

/**
 * Every service's OpenAPI document says what {@link ProblemMappers} and {@link HttpFailureProblems} answer: the
 * {@code Problem} schema, and on every operation the error statuses it can give as problem JSON (400 bad parameter or
 * body, 401/403 for secured operations, 404 for ids in the path, 413/415/422 for uploads, 414 for an overlong address, 503 while the database is away).
 */
public class ProblemOpenApiFilter implements OASFilter {

    static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation op : path.getValue().getOperations().values()) {
                describeErrors(path.getKey(), op);
            }
        }
    }

    private static void describeErrors(String path, Operation op) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        add(responses, 400, "请求无效：参数或请求体不合格式（field 指出哪一项）");
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (secured) {
            add(responses, 401, "未认证：缺少令牌或令牌无效");
            add(responses, 403, "无权访问：角色不符，或不是本单位的数据");
        }
        if (path.contains("{")) {
            add(responses, 404, "未找到");
        }
        boolean upload = op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().hasMediaType("multipart/form-data");
        if (op.getRequestBody() != null) {
            add(responses, 415, "请求体的内容类型不受支持");
        }
        if (op.getResponses().getAPIResponses() != null && op.getResponses().getAPIResponses().values().stream()
                .anyMatch(r -> r.getContent() != null && r.getContent().getMediaTypes() != null && r.getContent().getMediaTypes().size() > 1)) {
            add(responses, 406, "无法提供所要求的格式");
        }
        if (upload) {
            add(responses, 413, "文件过大");
            add(responses, 415, "不是 Excel、Word 或 CSV 文件");
            add(responses, 422, "无法读取为表格（空、截断、加密、未知版式），problems 列出每个问题及位置");
        }
        add(responses, 414, "请求地址过长（超过 " + HttpFailureProblems.MAX_URI + " 个字符）");
        add(responses, 503, "数据库暂不可用，未保存任何内容，可稍后重试（Retry-After）");
        // error answers a resource declared without a body (e.g. 409, 422) are problems too
        List.copyOf(responses.getAPIResponses().keySet()).stream().filter(code -> code.matches("[45]\\d\\d"))
                .forEach(code -> add(responses, Integer.parseInt(code), null));
    }

    private static void add(APIResponses responses, int status, String description) {
        String code = Integer.toString(status);
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null && existing.getContent().getMediaTypes() != null
                && !existing.getContent().getMediaTypes().isEmpty()) {
            return; // described by the resource itself
        }
        APIResponse response = existing != null ? existing : OASFactory.createAPIResponse().description(description);
        response.content(OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        responses.addAPIResponse(code, response);
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem: every error of every service")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty("type", string)
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the parameter, JSON property or multipart field at fault"))
                .addProperty("problems", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("upload problems, each with its position (sheet, row, column), expected and found"))
                .addProperty("resource", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
    }
}

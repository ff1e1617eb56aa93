package org.perfreview.localstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.perfreview.localstack.service.ServiceProcess;

/** Starts and stops services side by side: three Quarkus apps boot faster together than one after another. */
final class ServiceStarter {
    private ServiceStarter() {
    }

    static void startAll(List<ServiceProcess> services) throws IOException {
        List<CompletableFuture<Void>> starts = services.stream().map(s -> CompletableFuture.runAsync(() -> {
            try {
                s.start();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, runnable -> new Thread(runnable, "start-" + s.name()).start())).toList();
        List<String> failures = new ArrayList<>();
        for (CompletableFuture<Void> start : starts) {
            try {
                start.join();
            } catch (CompletionException e) {
                failures.add(e.getCause().getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IOException(String.join("\n\n", failures));
        }
    }

    static void stopAll(List<ServiceProcess> services) {
        services.stream()
                .map(s -> CompletableFuture.runAsync(s::stop, r -> new Thread(r, "stop-" + s.name()).start()))
                .toList()
                .forEach(CompletableFuture::join);
    }
}

package org.perfreview.localstack.demo;

import org.perfreview.localstack.client.PerfReviewClient;

import java.nio.file.Path;

/** Counts what the uploads gave: accepted tables (submissions) and rejected files, naming the rejections. */
final class UploadTally {
    private int files;
    private int accepted;
    private int rejected;

    void add(Path file, PerfReviewClient.Reply reply) {
        files++;
        if (reply.status() == 202) {
            accepted += reply.json().path("submissions").size();
        } else {
            rejected++;
            System.out.println("  rejected " + file.getFileName() + " (" + reply.status() + "): " + reply.json().path("detail").asText());
        }
    }

    int files() {
        return files;
    }

    int accepted() {
        return accepted;
    }

    int rejected() {
        return rejected;
    }
}

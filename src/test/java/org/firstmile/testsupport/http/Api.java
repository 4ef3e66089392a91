package org.firstmile.testsupport.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls to FirstMile's API as a program makes them: HTTP Basic on every call, JSON in and out, no cookies. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** A call with no credentials. */
    public static HttpResponse<String> anonymous(String method, URI uri, String json)
            throws IOException, InterruptedException {
        return CLIENT.send(request(method, uri, json).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> get(URI uri, String username, String password)
            throws IOException, InterruptedException {
        return call("GET", uri, username, password, null);
    }

    public static HttpResponse<String> call(String method, URI uri, String username, String password, String json)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(request(method, uri, json).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String method, URI uri, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    public static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}

package org.firstmile.testsupport.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One open Faces page driven over HTTP as PrimeFaces' script drives it in a browser: Ajax presses of command buttons
 * and the loading of a dynamic dialog, each posting the view state and CSP nonce of the latest answer. For tests
 * that act like a person on pages whose forms live in dialogs, without a browser.
 */
public final class FacesAjax {

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"[^\"]+\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE_UPDATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>");
    private static final Pattern NONCE_UPDATE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final HttpClient client;
    private final HttpResponse<String> page;
    private final URI action;
    private String viewState;
    private String nonce;

    private FacesAjax(HttpClient client, HttpResponse<String> page) {
        this.client = client;
        this.page = page;
        this.action = page.uri().resolve(Http.find(FORM_ACTION, page.body()).replace("&amp;", "&"));
        this.viewState = Http.find(Http.VIEW_STATE, page.body());
        this.nonce = Http.cspNonce(page);
    }

    /** Opens the page; fails unless it answers 200 with a Faces form. */
    public static FacesAjax open(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> page = Http.get(client, uri);
        if (page.statusCode() != 200) {
            throw new AssertionError(uri + " answered " + page.statusCode());
        }
        return new FacesAjax(client, page);
    }

    /** The page as it was first served. */
    public HttpResponse<String> page() {
        return page;
    }

    /**
     * Presses the command button {@code button} with its {@code process} and {@code update} ids (client ids, as
     * PrimeFaces resolves them), posting the fields of its form; returns the partial response.
     */
    public HttpResponse<String> press(String button, String process, String update, Map<String, String> formFields)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(formFields);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", process);
        if (!update.isEmpty()) {
            fields.put("jakarta.faces.partial.render", update);
        }
        fields.put(button, button);
        return post(fields);
    }

    /** Loads the content of a dialog marked {@code dynamic="true"}, as showing it does; returns the partial response. */
    public HttpResponse<String> loadDialog(String dialog) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", dialog);
        fields.put("jakarta.faces.partial.execute", dialog);
        fields.put("jakarta.faces.partial.render", dialog);
        fields.put(dialog + "_contentLoad", "true");
        return post(fields);
    }

    /** What a partial response renders into the element {@code id}, or "" when it does not update it. */
    public static String update(HttpResponse<String> partial, String id) {
        Matcher update = Pattern.compile("<update id=\"" + Pattern.quote(id) + "\"><!\\[CDATA\\[(.*?)]]></update>",
                Pattern.DOTALL).matcher(partial.body());
        return update.find() ? update.group(1) : "";
    }

    private HttpResponse<String> post(Map<String, String> fields) throws IOException, InterruptedException {
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put(Http.CSP_NONCE_FIELD, nonce);
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("<partial-response")) {
            throw new AssertionError("Ajax request to " + action + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(response.body().length(), 2000)));
        }
        Matcher newViewState = VIEW_STATE_UPDATE.matcher(response.body());
        if (newViewState.find()) {
            viewState = newViewState.group(1);
        }
        Matcher newNonce = NONCE_UPDATE.matcher(response.body());
        if (newNonce.find()) {
            nonce = newNonce.group(1);
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

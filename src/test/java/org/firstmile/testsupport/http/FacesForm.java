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
 * One Faces form of a page as a browser would post it: its action and every named field with its current value
 * (inputs, text areas, the selected option of each select). Tests change fields, then {@link #post}.
 */
public final class FacesForm {

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected",
            Pattern.CASE_INSENSITIVE);

    private final URI action;
    private final Map<String, String> fields;

    private FacesForm(URI action, Map<String, String> fields) {
        this.action = action;
        this.fields = fields;
    }

    /** The form with the id {@code formId} in {@code page}; fails when the page has none. */
    public static FacesForm of(HttpResponse<String> page, String formId) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)"
                + "</form>", Pattern.DOTALL).matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " in " + page.uri());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String html = form.group(2);
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name == null || "submit".equalsIgnoreCase(type) || "button".equalsIgnoreCase(type)
                    || ("checkbox".equalsIgnoreCase(type) && !attributes.contains("checked"))) {
                continue;
            }
            String value = attribute(attributes, "value");
            // A checked box without a value attribute is posted as "on", as browsers do.
            fields.put(name, value != null ? unescape(value) : "checkbox".equalsIgnoreCase(type) ? "on" : "");
        }
        Matcher textarea = TEXTAREA.matcher(html);
        while (textarea.find()) {
            String name = attribute(textarea.group(1), "name");
            if (name != null) {
                fields.put(name, unescape(textarea.group(2)));
            }
        }
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            String name = attribute(select.group(1), "name");
            Matcher selected = SELECTED.matcher(select.group(2));
            if (name != null) {
                fields.put(name, selected.find() ? unescape(selected.group(1)) : "");
            }
        }
        fields.put(Http.CSP_NONCE_FIELD, Http.cspNonce(page));
        URI action = page.uri().resolve(unescape(form.group(1)));
        return new FacesForm(action, fields);
    }

    /** A copy to change without changing this form. */
    public static FacesForm copyOf(FacesForm form) {
        return new FacesForm(form.action, new LinkedHashMap<>(form.fields));
    }

    public Map<String, String> fields() {
        return fields;
    }

    public URI action() {
        return action;
    }

    public FacesForm set(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public FacesForm remove(String name) {
        fields.remove(name);
        return this;
    }

    /** Posts the fields as a non-Ajax press of the button named {@code button}. */
    public HttpResponse<String> post(HttpClient client, String button) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put(button, "");
        return postFields(client, action, body);
    }

    public static HttpResponse<String> postFields(HttpClient client, URI action, Map<String, String> fields)
            throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package io.github.s2a4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An HTTP server on 127.0.0.1 that speaks OpenAI's chat-completions wire format, JSON and server-sent events,
 * answering from a script. Point LangChain4j's {@code OpenAiChatModel} at {@link #baseUrl()}. Records every
 * request body. Thread-safe.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Function<JsonNode, Reply> script;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** What the server answers: content, and the usage it reports. A status other than 200 sends an error. */
    public record Reply(String content, int promptTokens, int completionTokens, int status) {

        /** Tokens {@link #of(String)} reports: prompt, completion. */
        public static final int PROMPT_TOKENS = 50;

        public static final int COMPLETION_TOKENS = 7;

        public static Reply of(String content) {
            return new Reply(content, PROMPT_TOKENS, COMPLETION_TOKENS, 200);
        }

        public static Reply error(int status, String message) {
            return new Reply(message, 0, 0, status);
        }
    }

    private FakeOpenAiServer(Function<JsonNode, Reply> script) throws IOException {
        this.script = script;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /** Starts a server that answers each request with the script's reply to its JSON body. */
    public static FakeOpenAiServer start(Function<JsonNode, Reply> script) {
        try {
            return new FakeOpenAiServer(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server that plays both S2A roles: regeneration prompts get {@code regeneration}, the rest {@code answer}. */
    public static FakeOpenAiServer s2a(Function<String, String> regeneration, Function<JsonNode, String> answer) {
        return start(body -> {
            String last = lastUserContent(body);
            return Reply.of(last.contains("Text by User:")
                    ? regeneration.apply(ScriptedChatModel.userTextOf(last))
                    : answer.apply(body));
        });
    }

    /** The base URL to give {@code OpenAiChatModel.builder().baseUrl(...)}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Every request body received, in order. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    /** The Authorization header of every request received, in order ("null" where there was none). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** The text of the last user message of a request body. */
    public static String lastUserContent(JsonNode body) {
        JsonNode messages = body.path("messages");
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonNode message = messages.get(i);
            if ("user".equals(message.path("role").asText())) {
                JsonNode content = message.path("content");
                if (content.isTextual()) {
                    return content.asText();
                }
                StringBuilder text = new StringBuilder();
                for (JsonNode part : content) {
                    if ("text".equals(part.path("type").asText())) {
                        text.append(part.path("text").asText());
                    }
                }
                return text.toString();
            }
        }
        return "";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            requests.add(body);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            Reply reply = script.apply(body);
            if (reply.status() != 200) {
                send(exchange, reply.status(), "application/json",
                        "{\"error\":{\"message\":" + JSON.writeValueAsString(reply.content())
                                + ",\"type\":\"server_error\"}}");
                return;
            }
            String id = "chatcmpl-" + ids.incrementAndGet();
            String model = body.path("model").asText("fake");
            if (body.path("stream").asBoolean(false)) {
                stream(exchange, id, model, reply);
            } else {
                send(exchange, 200, "application/json", JSON.writeValueAsString(completion(id, model, reply)));
            }
        }
    }

    private static ObjectNode completion(String id, String model, Reply reply) {
        ObjectNode completion = JSON.createObjectNode();
        completion.put("id", id).put("object", "chat.completion").put("created", 1_700_000_000L).put("model", model);
        ObjectNode choice = completion.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", reply.content());
        completion.set("usage", usage(reply));
        return completion;
    }

    private static ObjectNode usage(Reply reply) {
        return JSON.createObjectNode()
                .put("prompt_tokens", reply.promptTokens())
                .put("completion_tokens", reply.completionTokens())
                .put("total_tokens", reply.promptTokens() + reply.completionTokens());
    }

    private static void stream(HttpExchange exchange, String id, String model, Reply reply) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String[] words = reply.content().split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            ObjectNode chunk = chunk(id, model);
            ObjectNode choice = ((ArrayNode) chunk.get("choices")).addObject();
            choice.put("index", 0).putNull("finish_reason");
            ObjectNode delta = choice.putObject("delta");
            if (i == 0) {
                delta.put("role", "assistant");
            }
            delta.put("content", i == 0 ? words[i] : " " + words[i]);
            event(out, JSON.writeValueAsString(chunk));
        }
        ObjectNode last = chunk(id, model);
        ((ArrayNode) last.get("choices")).addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        event(out, JSON.writeValueAsString(last));
        ObjectNode usage = chunk(id, model);
        usage.set("usage", usage(reply));
        event(out, JSON.writeValueAsString(usage));
        event(out, "[DONE]");
    }

    private static ObjectNode chunk(String id, String model) {
        ObjectNode chunk = JSON.createObjectNode();
        chunk.put("id", id).put("object", "chat.completion.chunk").put("created", 1_700_000_000L).put("model", model);
        chunk.putArray("choices");
        return chunk;
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package io.github.s2a4j.langchain4j;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A retriever that records the queries it receives and what it returned. Thread-safe. */
final class RecordingContentRetriever implements ContentRetriever {

    private final ContentRetriever delegate;
    private final List<Query> queries = new CopyOnWriteArrayList<>();
    private final List<Content> retrieved = new CopyOnWriteArrayList<>();

    RecordingContentRetriever(ContentRetriever delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<Content> retrieve(Query query) {
        queries.add(query);
        List<Content> contents = delegate.retrieve(query);
        retrieved.addAll(contents);
        return contents;
    }

    List<String> queryTexts() {
        return queries.stream().map(Query::text).toList();
    }

    List<Query> queries() {
        return List.copyOf(queries);
    }

    List<String> retrievedTexts() {
        return retrieved.stream().map(content -> content.textSegment().text()).toList();
    }
}

package org.aigc.generation.service;

/** Where a streaming call's deltas go, in order; {@link #started()} once the first delta was forwarded. */
public interface ChunkSink {

    void delta(String text);

    boolean started();
}

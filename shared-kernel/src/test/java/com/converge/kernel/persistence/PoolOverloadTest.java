package com.converge.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

class PoolOverloadTest {

    @Test
    void aFullWaitQueueIsAnOverloadHoweverDeeplyWrapped() {
        Throwable full = new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 200");
        assertThat(PoolOverload.causes(full)).isTrue();
        assertThat(PoolOverload.causes(new CompletionException(new HibernateException(full)))).isTrue();
    }

    @Test
    void aWaitForAConnectionThatTimedOutIsAnOverload() {
        assertThat(PoolOverload.causes(new CompletionException(new NoStackTraceThrowable("Timeout")))).isTrue();
        assertThat(PoolOverload.causes(new VertxException("Timeout waiting for connection"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(PoolOverload.causes(new NoStackTraceThrowable("Connection closed"))).isFalse();
        assertThat(PoolOverload.causes(new VertxException("Timeout"))).isFalse();
        assertThat(PoolOverload.causes(new IllegalStateException("boom"))).isFalse();
    }
}

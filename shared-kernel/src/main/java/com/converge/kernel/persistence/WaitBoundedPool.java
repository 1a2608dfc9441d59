package com.converge.kernel.persistence;

import io.quarkus.reactive.mysql.client.MySQLPoolCreator;
import io.vertx.mysqlclient.MySQLPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reactive pool with a bound on how many requests may wait for a connection
 * ({@code converge.datasource.max-wait-queue}, -1 for none). Quarkus 3.30 has no property for it.
 * Without a bound, a service that falls behind queues every request until each waits out the
 * acquisition timeout; with it, the requests past the bound fail at once, and the problem mapping
 * answers them 503 with Retry-After ({@link PoolOverload}).
 */
@Singleton
public class WaitBoundedPool implements MySQLPoolCreator {

    private final int maxWaitQueue;

    WaitBoundedPool(@ConfigProperty(name = "converge.datasource.max-wait-queue", defaultValue = "-1") int maxWaitQueue) {
        this.maxWaitQueue = maxWaitQueue;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions options = new PoolOptions(input.poolOptions()).setMaxWaitQueueSize(maxWaitQueue);
        // Quarkus casts what a creator returns to MySQLPool
        return MySQLPool.pool(input.vertx(), input.mySQLConnectOptionsList(), options);
    }
}

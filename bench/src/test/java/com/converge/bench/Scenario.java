package com.converge.bench;

/** One benchmark: the data it needs, the Gatling simulation that loads the service, and what it makes of the run. */
public interface Scenario {

    /** The Gatling simulation class run.sh hands to gatling:test. */
    String simulation();

    /** The services that must be up (name, port variable, default port). */
    Service[] services();

    /** Loads (or resets to) the data set, straight into the service's database. */
    void prepare() throws Exception;

    /** After the simulation: the checks on the database, the raw-SQL baseline of the same work, the summary. */
    void finish(Summary summary) throws Exception;

    record Service(String name, String portVariable, int defaultPort) {
        public String url() {
            return Settings.serviceUrl(portVariable, defaultPort);
        }
    }
}

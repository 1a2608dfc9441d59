#!/usr/bin/env bash
# Runs a single-node Kafka broker in KRaft mode (broker and controller in one process) in the
# foreground, from the jars this module copies to target/libs. The process becomes the JVM (exec),
# so whoever started it can stop it by its pid.
#
#   broker.sh DATA_DIR PORT CONTROLLER_PORT
#
# DATA_DIR keeps the log and metadata; it is formatted on first use and reused afterwards.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data_dir=$1 port=$2 controller_port=$3
libs="$here/target/libs"
if [ ! -d "$libs" ]; then
  echo "broker jars missing: build them with ./mvnw -pl deploy/local/kafka generate-resources" >&2
  exit 1
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p "$data_dir"
cat > "$data_dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$data_dir/kraft-logs
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
classpath="$libs/*"
jvm_opts=(-Xms128m -Xmx${KAFKA_HEAP:-512m} -XX:+UseSerialGC -Dlog4j2.configurationFile="$here/log4j2.properties")
if [ ! -f "$data_dir/kraft-logs/meta.properties" ]; then
  cluster_id=$("$java_bin" -cp "$classpath" "${jvm_opts[@]}" kafka.tools.StorageTool random-uuid)
  "$java_bin" -cp "$classpath" "${jvm_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" \
    -c "$data_dir/server.properties" --ignore-formatted > "$data_dir/format.log" 2>&1
fi
exec "$java_bin" -cp "$classpath" "${jvm_opts[@]}" kafka.Kafka "$data_dir/server.properties"

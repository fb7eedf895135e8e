// JMH ran both benchmarks on the project's handler in forked environments, printed its own table,
// and wrote its JSON: two cold starts, and a second of warm invocations sampled.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('# JMH version: 1.37')
assert log =~ /(?m)^HandlerBenchmark\.coldStart .* com\.example\.hello\.Hello::handleRequest\s+forked\s+512\s+ss\s+2\s+[\d.]+\s+ms\/op$/
assert log =~ /(?m)^HandlerBenchmark\.warmInvoke .* sample\s+\d+\s+[\d.]+ ± [\d.]+\s+us\/op$/

def results = new JsonSlurper().parse(new File(basedir, 'target/lambda-harness/jmh-result.json'))
def cold = results.find { it.benchmark.endsWith('.coldStart') }
def warm = results.find { it.benchmark.endsWith('.warmInvoke') }
assert cold.mode == 'ss' && cold.primaryMetric.rawData[0].size() == 2 && cold.primaryMetric.score > 0
assert cold.params.handler == 'com.example.hello.Hello::handleRequest' && cold.params.isolation == 'forked'
assert cold.params.code.startsWith(new File(basedir, 'target/classes').canonicalPath)
assert warm.mode == 'sample' && warm.primaryMetric.score > 0
// A cold start is a new JVM's first response; a warm invocation is a round trip to a running one.
assert cold.primaryMetric.score * 1000 > warm.primaryMetric.score

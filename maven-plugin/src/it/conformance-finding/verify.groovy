// The build failed on the findings, each named in Maven's one error line, and the three reports say
// the same: the rule found the static write, the check saw the warm result differ from the cold one.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Lambda Harness conformance: 1 function(s), ')
assert log =~ /\[ERROR\] Failed to execute goal dev\.lambdaharness:lambda-harness-maven-plugin:[^ ]+:conformance \(default\) on project count-orders: \d+ conformance finding\(s\) at or above error: /
assert log.contains('count-orders no-state-between-invocations (ERROR): 1 finding(s): com.example.orders.CountOrders.handleRequest writes static field CountOrders.seen')
assert log.contains('count-orders cold-warm-same-result (ERROR): count-orders gave another result on a warm environment than on a cold one for event events/order.json: at /seen cold 1, warm 2.')
assert log.contains('count-orders redelivery-same-result (ERROR): count-orders gave another result when event events/order.json was delivered again: at /seen second 2, third 3.')
assert !log.contains('handlers-loadable (ERROR)')
assert log.findAll(/Caused by: [\w.$]+/).every { it == 'Caused by: org.apache.maven.plugin.MojoFailureException' } : 'an exception of ours under the failure'

def reports = new File(basedir, 'target/lambda-harness')
def json = new JsonSlurper().parse(new File(reports, 'conformance.json'))
assert json.results.find { it.function == 'count-orders' && it.check == 'cold-warm-same-result' }.outcome == 'FAILED'
def xml = new XmlSlurper().parse(new File(reports, 'TEST-lambda-harness-conformance.xml'))
assert xml.testsuite.testcase.find { it.@name == 'no-state-between-invocations' }.failure.size() == 1
def html = new File(reports, 'conformance.html').text
assert html.contains('<td class="FAILED ERROR" data-check="cold-warm-same-result"')

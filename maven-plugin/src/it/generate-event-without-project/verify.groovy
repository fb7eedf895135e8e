// The fixture with its parameters (a JSON body with commas in it included), the service's list, and
// a misspelt id refused in one line naming the nearest.
import groovy.json.JsonSlurper

def event = new JsonSlurper().parse(new File(basedir, 'target/sqs.json'))
def record = event.Records[0]
assert record.body == '{"sku":"A-1","quantity":2}' && record.eventSource == 'aws:sqs'
assert record.eventSourceARN == 'arn:aws:sqs:us-east-1:123456789012:orders'
assert new File(basedir, 'target/sqs.json').text.startsWith('{\n  "Records" : [ {') : 'indented as sam local generate-event prints it'

def log = new File(basedir, 'build.log').text
assert log.contains('Event written to ')
assert log =~ /(?m)^sqs\/receive-message  One message from a standard queue/
assert log =~ /(?m)^    body \(default: .*\)  /
assert log.contains('on project standalone-pom: event = sqs/recieve-message: No event fixture "sqs/recieve-message"')
assert log.contains('Did you mean sqs/receive-message?')

// The payload on standard output, the function's logs and REPORT on standard error, both in the log;
// without a project and without -Dclasspath, one line saying where the code comes from.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^"echo hi"$/ : 'no payload'
assert log =~ /(?m)^START RequestId: \S+ Version: [$]LATEST$/
assert log =~ /(?m)^records: 1$/
assert log =~ /(?m)^REPORT RequestId: \S+\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tInit Duration: [\d.]+ ms/
assert log.contains('on project standalone-pom: No function code: give it with -Dclasspath=')

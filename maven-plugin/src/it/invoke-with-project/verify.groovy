// generate-event printed the fixture and invoke sent the same one to the project's handler; a
// function error printed its document and failed the build in one line.
def log = new File(basedir, 'build.log').text
assert log =~ /"body" : "Ada"/ : 'generate-event printed no fixture'
assert log =~ /(?m)^"Hello, Ada!"$/ : 'no payload'
assert log =~ /(?m)^greeting Ada in Hello$/
assert log =~ /(?m)^REPORT RequestId: \S+\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 256 MB\t/

assert log =~ /(?m)^\{"errorMessage":"nobody to greet","errorType":"java.lang.IllegalArgumentException","stackTrace":\[/
assert log.contains('on project greeter: The function returned an error (its error document is printed above).')

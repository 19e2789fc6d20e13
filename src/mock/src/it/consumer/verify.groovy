// Runs after the consumer build (the invoker's post-build hook): the build fails when the mock
// adds more than 5 jars to a user's test classpath, or when the test output carries log noise.
def target = new File(basedir, 'target')

def jars = { String name ->
  def found = [:]
  new File(target, name).eachLine { line ->
    // "   group:artifact:jar[:classifier]:version:scope:/path/to/file.jar -- module ..."
    def m = line =~ /^\s+([^:\s]+):([^:\s]+):jar:(?:[^:\s]+:)?([^:\s]+):(\w+):(\/\S+\.jar)/
    if (m.find()) {
      found["${m.group(1)}:${m.group(2)}".toString()] = [version: m.group(3), file: new File(m.group(5))]
    }
  }
  found
}
def main = jars('main-classpath.txt')
def test = jars('test-classpath.txt')
assert main.containsKey('io.wawpkit:wawp-session-client') : "the client is on the main classpath: ${main.keySet()}"
def added = test.findAll { key, v -> !main.containsKey(key) && !(key ==~ /^(org\.junit\.\S+|org\.opentest4j|org\.apiguardian):\S+$/) }
main.each { key, v ->
  assert test[key]?.version == v.version : "${key}: ${v.version} for the client, ${test[key]?.version} in the tests"
}
long bytes = added.values().sum(0L) { it.file.length() }
long clientBytes = main.values().sum(0L) { it.file.length() }
def report = new StringBuilder()
report << "the client: ${main.size()} jars, ${String.format('%.1f', clientBytes / 1e6)} MB\n"
report << "the mock adds ${added.size()} jars, ${String.format('%.1f', bytes / 1e6)} MB:\n"
added.sort().each { key, v -> report << "  ${key}:${v.version} (${String.format('%.2f', v.file.length() / 1e6)} MB)\n" }
new File(target, 'footprint.txt').text = report.toString()
println report
assert added.size() <= 5 : "the mock adds ${added.size()} jars to a user's test classpath (at most 5):\n${report}"

def log = new File(basedir, 'build.log').text
// What each test class's JVM printed: from "Running example.X" to its "Tests run:" line.
def printed = [:]
def current = null
log.readLines().each { line ->
  def plain = line.replaceAll(/\u001B\[[0-9;]*m/, '')
  def running = plain =~ /^\[INFO\] Running (example\.\w+)/
  if (running.find()) {
    current = running.group(1)
    printed[current] = []
  } else if (current != null && plain =~ /^\[\w+\] Tests run: .* in example\./) {
    assert plain =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0/ : plain
    current = null
  } else if (current != null) {
    printed[current] << plain
  }
}
assert printed.keySet() == ['example.MockAloneTest', 'example.MockedWawpTest'] as Set : "the consumer tests ran: ${printed.keySet()}"
// The mock alone prints nothing: no SLF4J warning, no XNIO, JBoss Threads or Undertow notice.
assert printed['example.MockAloneTest'].isEmpty() : "log noise in a user's test output:\n${printed['example.MockAloneTest'].join('\n')}"
// With the client: the client's own logger (WawpClient, slf4j) may warn that the user has no slf4j
// binding, which is the client's business; nothing else.
def clientWarning = ~/^SLF4J\(W\): (No SLF4J providers were found\.|Defaulting to no-operation \(NOP\) logger implementation|See https:\/\/www\.slf4j\.org\/codes\.html#noProviders for further details\.)$/
def noise = printed['example.MockedWawpTest'].findAll { !(it ==~ clientWarning) }
assert noise.isEmpty() : "log noise in a user's test output:\n${noise.join('\n')}"
true

// a warning at failOn warning fails the build, located, with the rule id, as a Maven warning
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] ") && log.contains("api.arch:4:11: warning: service 'api' uses image \"repo/api:latest\" (':latest') [hygiene/image-tag]")
assert log.contains("archkit: findings at or above 'warning'")
assert log.contains('BUILD FAILURE')
return true

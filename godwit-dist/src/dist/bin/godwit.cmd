@echo off
rem Godwit @project.version@ for Windows: starts lib\godwit.jar on Java 17 or newer, from JAVA_HOME or
rem the java on the PATH, with the same JVM flags as bin/godwit. No class-data-sharing archive is
rem recorded here (bin/godwit does that on Linux and macOS). GODWIT_JAVA_OPTS replaces the flags.
setlocal
set "GODWIT_HOME=%~dp0.."
set "GODWIT_JAR=%GODWIT_HOME%\lib\godwit.jar"
if defined JAVA_HOME (
  set "GODWIT_JAVACMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "GODWIT_JAVACMD=java.exe"
)
if defined JAVA_HOME if not exist "%GODWIT_JAVACMD%" (
  echo godwit: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe. Godwit needs a Java runtime ^(JDK or JRE^) 17 or newer. 1>&2
  exit /b 1
)
if not defined JAVA_HOME (
  where java.exe >nul 2>nul || (
    echo godwit: no java command found ^(JAVA_HOME is not set and java is not on the PATH^). Godwit needs a Java runtime ^(JDK or JRE^) 17 or newer. 1>&2
    exit /b 1
  )
)
if defined GODWIT_JAVA_OPTS (
  "%GODWIT_JAVACMD%" %GODWIT_JAVA_OPTS% -jar "%GODWIT_JAR%" %*
) else (
  "%GODWIT_JAVACMD%" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss2m -Xlog:disable -Xlog:all=warning:stderr -jar "%GODWIT_JAR%" %*
)
exit /b %ERRORLEVEL%

@echo off
rem OpsTracker command line launcher for Windows: finds a Java 21+ runtime and runs opstracker.jar.
rem The runtime: %OPSTRACKER_JAVA%, else %JAVA_HOME%\bin\java.exe, else java on the PATH, whichever is 21 or newer.
rem The jar: %OPSTRACKER_JAR%, else opstracker.jar beside this script or in ..\lib. Extra JVM options: %OPSTRACKER_JAVA_OPTS%.
setlocal EnableDelayedExpansion

set "JAR=%OPSTRACKER_JAR%"
if "%JAR%"=="" if exist "%~dp0opstracker.jar" set "JAR=%~dp0opstracker.jar"
if "%JAR%"=="" if exist "%~dp0..\lib\opstracker.jar" set "JAR=%~dp0..\lib\opstracker.jar"
if "%JAR%"=="" (
  echo opstracker: cannot find opstracker.jar beside %~f0 or in ..\lib; set OPSTRACKER_JAR 1>&2
  exit /b 1
)

set "JAVA="
for %%C in ("%OPSTRACKER_JAVA%" "%JAVA_HOME%\bin\java.exe" "java") do (
  if "!JAVA!"=="" if not "%%~C"=="" if not "%%~C"=="\bin\java.exe" call :check "%%~C"
)
if "%JAVA%"=="" (
  echo opstracker: needs Java 21 or newer; none found in OPSTRACKER_JAVA, JAVA_HOME or PATH 1>&2
  exit /b 1
)
"%JAVA%" %OPSTRACKER_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:check
set "MAJOR="
for /f "tokens=3" %%V in ('"%~1" -version 2^>^&1 ^| findstr /i "version"') do (
  for /f "delims=." %%M in ("%%~V") do set "MAJOR=%%M"
)
if defined MAJOR if !MAJOR! GEQ 21 set "JAVA=%~1"
exit /b 0

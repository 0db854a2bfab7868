@echo off
rem Starts the FaceID sandbox (a test server with synthetic answers, not the FaceID service) on Windows.
rem Needs Java 17 or newer on the PATH or in JAVA_HOME. Unlike bin/faceid-sandbox, it keeps no class-data archive:
rem the start is the extracted jar with its build-time bean definitions (Spring AOT) only.
setlocal
set "HOME_DIR=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%J in ("%HOME_DIR%\app\faceid-sandbox-*.jar") do set "APP=%%~fJ"
"%JAVA%" %JAVA_OPTS% -jar "%APP%" %*

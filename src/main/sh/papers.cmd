@echo off
rem papers launcher for Windows: runs papers.jar beside this file with the java on PATH or in JAVA_HOME.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
set "OPTS=-XX:+UseSerialGC -Xshare:auto -Xlog:disable -Xlog:all=error:stderr"
if exist "%HERE%papers.jsa" set "OPTS=%OPTS% -XX:SharedArchiveFile=%HERE%papers.jsa"
"%JAVA%" %OPTS% %PAPERS_JAVA_OPTS% -jar "%HERE%papers.jar" %*
exit /b %ERRORLEVEL%

@echo off
rem papers launcher for Windows: runs papers.jar beside this file with PAPERS_JAVA, else JAVA_HOME's java, else the java on PATH.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined PAPERS_JAVA set "JAVA=%PAPERS_JAVA%"
set "OPTS=-XX:+UseSerialGC -Xshare:auto -Xlog:disable -Xlog:all=error:stderr"
if exist "%HERE%papers.jsa" set "OPTS=%OPTS% -XX:SharedArchiveFile=%HERE%papers.jsa"
"%JAVA%" %OPTS% %PAPERS_JAVA_OPTS% -jar "%HERE%papers.jar" %*
exit /b %ERRORLEVEL%

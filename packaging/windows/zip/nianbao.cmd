@echo off
rem Nianbao command line: nianbao --help, nianbao export 项目.nianbao --pdf 报告.pdf ...
rem Needs Java 17 or later (JAVA_HOME, or java on PATH).
setlocal
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
where "%JAVA%" >nul 2>nul || if not exist "%JAVA%" goto nojava
"%JAVA%" -jar "%~dp0nianbao.jar" %*
exit /b %ERRORLEVEL%

:nojava
echo 没有找到 Java（java.exe）。年报需要 Java 17 或更高版本，详见“说明.txt”。 1>&2
echo Java (java.exe) was not found. Nianbao needs Java 17 or later; see 说明.txt. 1>&2
exit /b 3

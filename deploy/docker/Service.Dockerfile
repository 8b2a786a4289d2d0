# The image of any service or the gateway; the project is a build argument, so there is one recipe for all:
#   docker build -f deploy/docker/Service.Dockerfile --build-arg PROJECT=services/Plans/Plans.Api/Plans.Api.csproj .
# docker-compose.yml builds every service, the gateway and the web front-end this way; the context is the repository root.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT
WORKDIR /src
COPY . .
# The web front-end's build takes GOV.UK Frontend from npm (decision 0031), so its image needs Node to build.
RUN test -n "$PROJECT" || { echo "build with --build-arg PROJECT=path/to/Service.csproj" >&2; exit 1; } \
    && if grep -q "npm ci" "$PROJECT"; then \
           apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null; \
       fi \
    && dotnet publish "$PROJECT" -c Release -o /app -nologo \
    && ln -s "$(basename "$PROJECT" .csproj)" /app/service

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The .NET images listen on 8080 and ship a non-root user; numeric, so Kubernetes can check runAsNonRoot.
USER $APP_UID
EXPOSE 8080
# The runtime image has no curl; bash speaks enough HTTP for a probe.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["/app/service"]

#!/usr/bin/env pwsh
# The one script a maintainer uses. Run with: dotnet tool restore; dotnet pwsh ./build.ps1 <target>
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'run', 'migrations-add', 'publish', 'bench')]
    [string]$Target = 'build',
    [Parameter(Position = 1)]
    [string]$Name
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host "==> $What" -ForegroundColor Cyan
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed with exit code $LASTEXITCODE" }
}

switch ($Target) {
    'build' { Invoke-Step 'build' { dotnet build Bootcamp.sln -c Release } }
    'test' { Invoke-Step 'test' { dotnet test Bootcamp.sln } }
    'run' { Invoke-Step 'run' { dotnet run --project src/Bootcamp.Web } }
    'migrations-add' {
        if (-not $Name) { throw 'Usage: ./build.ps1 migrations-add <Name>' }
        Invoke-Step 'tool restore' { dotnet tool restore }
        Invoke-Step "migration $Name" { dotnet ef migrations add $Name --project src/Bootcamp.Web --output-dir Data/Migrations }
    }
    'publish' { Invoke-Step 'publish' { dotnet publish src/Bootcamp.Web -c Release -o artifacts/publish } }
    'bench' {
        if (-not (Test-Path tests/Bootcamp.Benchmarks)) { throw 'No benchmark project yet (tests/Bootcamp.Benchmarks).' }
        Invoke-Step 'bench' { dotnet run -c Release --project tests/Bootcamp.Benchmarks -- $Name }
    }
}

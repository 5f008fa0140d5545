package dev.gonet.web;
final class Placeholder {}

package org.perfreview.contracts.score;

public enum Severity { ERROR, WARNING, INFO }

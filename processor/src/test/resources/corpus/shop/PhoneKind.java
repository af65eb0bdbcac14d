package shop;

public enum PhoneKind { MOBILE, HOME, WORK }

/**
 * Tencent Cloud API 3.0 ({@code live.tencentcloudapi.com}, version {@code 2018-08-01}): TC3-HMAC-SHA256 signing
 * and its server-side check, credentials, the actions with their retry safety. Plain Java.
 */
package dev.lvb.core.cloud;

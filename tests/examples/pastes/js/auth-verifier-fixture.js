exports.OAuthException = {
  error: {
    message: "Invalid OAuth access token.",
    type: "OAuthException",
    code: 190,
    fbtrace_id: "XxXXXxXxX0x"
  }
};

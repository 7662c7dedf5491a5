"""Uppföljning: the client survey (brukarundersökning) now; the yearly figures' dashboard later."""

"""Uppföljning: the client survey now, the yearly figures later."""

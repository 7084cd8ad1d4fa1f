//! Accepting connections for the preview, so that slow or idle clients cannot hold it:
//!
//! - a request's head must arrive within [`HEADER_TIMEOUT`] of the server starting to
//!   read it, which is also how long a kept-alive connection may sit idle between requests
//!   (hyper's header read timeout runs from the moment it waits for the next request);
//! - at most [`MAX_CONNECTIONS`] connections are open at once; further ones wait in the
//!   listen queue until one closes, so a flood of idle clients cannot use up the file
//!   descriptors a rebuild needs;
//! - an event stream (`/__privsite/events`) is a response under way, not an idle
//!   connection: the timeout does not end it, but it counts towards the cap, and at most
//!   [`super::http::MAX_STREAMS`] are open at once (more are refused with 503), so that
//!   open pages can never take every slot from page requests;
//! - every write must make progress within [`WRITE_TIMEOUT`]: a client that stops
//!   reading a large page, or an event stream whose reader died (its keep-alive ping can
//!   no longer be written), is dropped.
//!
//! On shutdown no new connection is taken and open ones finish their request and close.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;

/// How long a client may take to send a request's head, and how long a connection may
/// wait idle for its next request.
pub(super) const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// The most connections served at once.
pub(super) const MAX_CONNECTIONS: usize = 64;

/// How long one write to a client may wait for the client to read.
pub(super) const WRITE_TIMEOUT: Duration = Duration::from_secs(20);

/// Serves `app` on `listener` until `stopping` turns true.
pub(super) async fn serve(
    listener: TcpListener,
    app: Router,
    mut stopping: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let mut connections = JoinSet::new();
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .keep_alive(true);
    loop {
        // Wait for a free slot before accepting: meanwhile new clients queue in the kernel.
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
            _ = stopped(&mut stopping) => break,
        };
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors, or a connection reset before it was taken:
                // wait a moment and go on rather than stop serving.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = stopped(&mut stopping) => break,
        };
        // Reap finished connections so the set does not grow.
        while connections.try_join_next().is_some() {}
        let service = TowerToHyperService::new(app.clone());
        // tokio-io-timeout: a write that waits longer than WRITE_TIMEOUT fails, and with
        // it the connection.
        let mut stream = tokio_io_timeout::TimeoutStream::new(stream);
        stream.set_write_timeout(Some(WRITE_TIMEOUT));
        let connection = builder.serve_connection(TokioIo::new(Box::pin(stream)), service);
        let mut stopping = stopping.clone();
        connections.spawn(async move {
            let _slot = slot;
            let mut connection = std::pin::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = stopped(&mut stopping) => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
            Ok::<(), Infallible>(())
        });
    }
    drop(listener);
    while connections.join_next().await.is_some() {}
    Ok(())
}

/// Resolves once `stopping` turns true (or its sender is gone).
async fn stopped(stopping: &mut watch::Receiver<bool>) {
    let _ = stopping.wait_for(|stop| *stop).await;
}

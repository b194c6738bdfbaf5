//! [`BodyBudget`]: a server-wide cap on the request-body bytes held in memory at once.

use std::cell::RefCell;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// A server-wide budget of request-body bytes held in memory at once, with a gauge.
///
/// A body is read only once its bytes are reserved: all of them up front when
/// `Content-Length` declares them, else chunk by chunk. The reservation lasts until the
/// request's response is ready, so it also bounds what the body turns into (the validated
/// entries and the store's writes take several times its size). A request that cannot
/// reserve within [`wait`](BodyBudget::wait) gets 503 with `Retry-After`.
///
/// Clones share one budget. [`AppState::new`](crate::AppState::new) makes one from
/// [`Limits`](crate::Limits); [`AppState::body_budget`](crate::AppState::body_budget)
/// shows it.
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use contactkit_server::BodyBudget;
///
/// let budget = BodyBudget::new(64 * 1024 * 1024, Duration::from_secs(1));
/// assert_eq!(budget.capacity(), 64 * 1024 * 1024);
/// assert_eq!((budget.held(), budget.peak()), (0, 0));
/// ```
#[derive(Clone)]
pub struct BodyBudget {
    shared: Arc<Shared>,
}

struct Shared {
    semaphore: Arc<Semaphore>,
    capacity: usize,
    wait: Duration,
    held: AtomicUsize,
    peak: AtomicUsize,
}

impl BodyBudget {
    /// The largest capacity: a reservation is one semaphore acquisition of at most
    /// `u32::MAX` permits (bytes).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use contactkit_server::BodyBudget;
    ///
    /// let budget = BodyBudget::new(usize::MAX, Duration::ZERO);
    /// assert_eq!(budget.capacity(), BodyBudget::MAX_CAPACITY);
    /// ```
    pub const MAX_CAPACITY: usize = u32::MAX as usize;

    /// A budget of `capacity` bytes (at least 1, at most [`MAX_CAPACITY`]); a request
    /// waits at most `wait` for its share.
    ///
    /// A body larger than the whole budget may still be read, alone: it reserves all of it.
    ///
    /// [`MAX_CAPACITY`]: BodyBudget::MAX_CAPACITY
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use contactkit_server::BodyBudget;
    ///
    /// let budget = BodyBudget::new(0, Duration::from_millis(500));
    /// assert_eq!(budget.capacity(), 1);
    /// assert_eq!(budget.wait(), Duration::from_millis(500));
    /// ```
    pub fn new(capacity: usize, wait: Duration) -> BodyBudget {
        let capacity = capacity.clamp(1, BodyBudget::MAX_CAPACITY);
        BodyBudget {
            shared: Arc::new(Shared {
                semaphore: Arc::new(Semaphore::new(capacity)),
                capacity,
                wait,
                held: AtomicUsize::new(0),
                peak: AtomicUsize::new(0),
            }),
        }
    }

    /// The budget, in bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::time::Duration;
    /// # use contactkit_server::BodyBudget;
    /// assert_eq!(BodyBudget::new(4096, Duration::ZERO).capacity(), 4096);
    /// ```
    pub fn capacity(&self) -> usize {
        self.shared.capacity
    }

    /// How long a request waits for its share before it gets 503.
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::time::Duration;
    /// # use contactkit_server::BodyBudget;
    /// assert_eq!(BodyBudget::new(4096, Duration::ZERO).wait(), Duration::ZERO);
    /// ```
    pub fn wait(&self) -> Duration {
        self.shared.wait
    }

    /// The bytes reserved right now.
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::time::Duration;
    /// # use contactkit_server::BodyBudget;
    /// assert_eq!(BodyBudget::new(4096, Duration::ZERO).held(), 0);
    /// ```
    pub fn held(&self) -> usize {
        self.shared.held.load(Ordering::Relaxed)
    }

    /// The most bytes ever reserved at once.
    ///
    /// # Examples
    ///
    /// ```
    /// # use std::time::Duration;
    /// # use contactkit_server::BodyBudget;
    /// let budget = BodyBudget::new(4096, Duration::ZERO);
    /// assert!(budget.peak() <= budget.capacity());
    /// ```
    pub fn peak(&self) -> usize {
        self.shared.peak.load(Ordering::Relaxed)
    }

    /// An empty reservation, grown with [`Reservation::grow_to`].
    pub(super) fn reservation(&self) -> Reservation {
        Reservation {
            budget: self.clone(),
            permit: None,
            bytes: 0,
        }
    }
}

impl fmt::Debug for BodyBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BodyBudget")
            .field("capacity", &self.capacity())
            .field("wait", &self.wait())
            .field("held", &self.held())
            .finish()
    }
}

/// The budget had no room within its wait.
#[derive(Debug)]
pub(super) struct Exhausted;

/// Bytes of one body reserved in a [`BodyBudget`]; released on drop.
pub(super) struct Reservation {
    budget: BodyBudget,
    permit: Option<OwnedSemaphorePermit>,
    bytes: usize,
}

impl Reservation {
    /// Grows the reservation to `total` bytes (at most the whole budget), waiting at most
    /// the budget's wait for the difference.
    pub(super) async fn grow_to(&mut self, total: usize) -> Result<(), Exhausted> {
        let shared = &self.budget.shared;
        let total = total.min(shared.capacity);
        let Some(extra) = total.checked_sub(self.bytes).filter(|&n| n > 0) else {
            return Ok(());
        };
        // `capacity` is at most `u32::MAX`, so is `extra`.
        let permits = u32::try_from(extra).map_err(|_| Exhausted)?;
        let acquire = Arc::clone(&shared.semaphore).acquire_many_owned(permits);
        let permit = match tokio::time::timeout(shared.wait, acquire).await {
            Ok(Ok(permit)) => permit,
            // Timed out, or the semaphore was closed (it never is).
            Ok(Err(_)) | Err(_) => return Err(Exhausted),
        };
        match &mut self.permit {
            Some(held) => held.merge(permit),
            None => self.permit = Some(permit),
        }
        self.bytes = total;
        let now = shared.held.fetch_add(extra, Ordering::Relaxed) + extra;
        shared.peak.fetch_max(now, Ordering::Relaxed);
        Ok(())
    }

    /// `bytes`, the reservation held until the response of the request being handled is
    /// ready (see [`hold_until_response`]), or, outside one, until the bytes' last clone
    /// is dropped.
    pub(super) fn hold(self, bytes: Bytes) -> Bytes {
        let mut reservation = Some(self);
        let _ = HELD_FOR_REQUEST.try_with(|held| held.borrow_mut().extend(reservation.take()));
        match reservation {
            None => bytes,
            Some(reservation) => Bytes::from_owner(Held {
                bytes,
                _reservation: reservation,
            }),
        }
    }
}

tokio::task_local! {
    /// The reservations of the request whose handler runs in this task.
    static HELD_FOR_REQUEST: RefCell<Vec<Reservation>>;
}

/// Runs the rest of the stack with a place for the request's reservations, and releases
/// them once the response is ready.
///
/// A body's bytes are dropped once validated, but what they became (entries, the store's
/// writes) lives on until the response. Measured with 16 concurrent 4 MB BIK bodies and a
/// 16 MiB budget (`server/scripts/big-bodies.py`): released with the bytes, the peak RSS
/// was 255 MiB (270 MiB with no cap); held until the response, 100 MiB.
pub(super) async fn hold_until_response(request: Request, next: Next) -> Response {
    HELD_FOR_REQUEST
        .scope(RefCell::new(Vec::new()), next.run(request))
        .await
}

impl Drop for Reservation {
    fn drop(&mut self) {
        // The permit returns the bytes to the semaphore as it drops, after this.
        self.budget
            .shared
            .held
            .fetch_sub(self.bytes, Ordering::Relaxed);
    }
}

/// A body's bytes and their reservation, as the owner of a [`Bytes`].
struct Held {
    bytes: Bytes,
    _reservation: Reservation,
}

impl AsRef<[u8]> for Held {
    fn as_ref(&self) -> &[u8] {
        &self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn reservations_count_until_their_bytes_are_dropped() {
        let budget = BodyBudget::new(100, Duration::from_millis(10));
        let mut first = budget.reservation();
        first.grow_to(60).await.unwrap();
        first.grow_to(70).await.unwrap();
        assert_eq!(budget.held(), 70);
        let mut second = budget.reservation();
        assert!(second.grow_to(40).await.is_err(), "only 30 bytes are left");
        second.grow_to(30).await.unwrap();
        assert_eq!((budget.held(), budget.peak()), (100, 100));
        drop(second);
        let bytes = first.hold(Bytes::from(vec![b'x'; 70]));
        let clone = bytes.slice(1..3);
        drop(bytes);
        assert_eq!(budget.held(), 70, "a slice keeps the reservation");
        drop(clone);
        assert_eq!((budget.held(), budget.peak()), (0, 100));
        let mut third = budget.reservation();
        third.grow_to(100).await.unwrap();
    }

    #[tokio::test]
    async fn within_a_request_the_reservation_lasts_until_its_end() {
        let budget = BodyBudget::new(100, Duration::from_millis(10));
        let request = async {
            let mut reservation = budget.reservation();
            reservation.grow_to(40).await.unwrap();
            drop(reservation.hold(Bytes::from(vec![b'x'; 40])));
            budget.held()
        };
        let held_inside = HELD_FOR_REQUEST
            .scope(RefCell::new(Vec::new()), request)
            .await;
        assert_eq!((held_inside, budget.held()), (40, 0));
    }

    #[tokio::test]
    async fn a_body_larger_than_the_budget_takes_all_of_it() {
        let budget = BodyBudget::new(10, Duration::from_millis(10));
        let mut whole = budget.reservation();
        whole.grow_to(1000).await.unwrap();
        assert_eq!(budget.held(), 10);
        assert!(budget.reservation().grow_to(1).await.is_err());
    }
}

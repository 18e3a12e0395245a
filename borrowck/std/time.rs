// std::time. Programs get no real clock; Instant is deterministic in the interpreter.

pub struct Duration {
    secs: u64,
    nanos: u32,
}
impl Duration {
    pub const ZERO: Duration = Duration { secs: 0, nanos: 0 };
    pub const MAX: Duration = Duration { secs: 18446744073709551615, nanos: 999999999 };
    pub const fn new(secs: u64, nanos: u32) -> Duration;
    pub const fn from_secs(secs: u64) -> Duration;
    pub const fn from_millis(millis: u64) -> Duration;
    pub const fn from_micros(micros: u64) -> Duration;
    pub const fn from_nanos(nanos: u64) -> Duration;
    pub fn from_secs_f64(secs: f64) -> Duration;
    pub const fn is_zero(&self) -> bool;
    pub const fn as_secs(&self) -> u64;
    pub const fn subsec_millis(&self) -> u32;
    pub const fn subsec_micros(&self) -> u32;
    pub const fn subsec_nanos(&self) -> u32;
    pub const fn as_millis(&self) -> u128;
    pub const fn as_micros(&self) -> u128;
    pub const fn as_nanos(&self) -> u128;
    pub fn as_secs_f64(&self) -> f64;
    pub fn as_secs_f32(&self) -> f32;
    pub const fn checked_add(self, rhs: Duration) -> Option<Duration>;
    pub const fn checked_sub(self, rhs: Duration) -> Option<Duration>;
    pub const fn saturating_sub(self, rhs: Duration) -> Duration;
    pub fn mul_f64(self, rhs: f64) -> Duration;
}
impl Copy for Duration {}
impl Clone for Duration {
    fn clone(&self) -> Duration;
}
impl Default for Duration {
    fn default() -> Duration;
}
impl PartialEq for Duration {
    fn eq(&self, other: &Duration) -> bool;
}
impl Eq for Duration {}
impl PartialOrd for Duration {
    fn partial_cmp(&self, other: &Duration) -> Option<cmp::Ordering>;
}
impl Ord for Duration {
    fn cmp(&self, other: &Duration) -> cmp::Ordering;
}
impl hash::Hash for Duration {
    fn hash<H: hash::Hasher>(&self, state: &mut H);
}
impl fmt::Debug for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl ops::Add for Duration {
    type Output = Duration;
    fn add(self, rhs: Duration) -> Duration;
}
impl ops::Sub for Duration {
    type Output = Duration;
    fn sub(self, rhs: Duration) -> Duration;
}
impl ops::Mul<u32> for Duration {
    type Output = Duration;
    fn mul(self, rhs: u32) -> Duration;
}
impl ops::Div<u32> for Duration {
    type Output = Duration;
    fn div(self, rhs: u32) -> Duration;
}
impl ops::AddAssign for Duration {
    fn add_assign(&mut self, rhs: Duration);
}
impl ops::SubAssign for Duration {
    fn sub_assign(&mut self, rhs: Duration);
}
impl iter::Sum for Duration {
    fn sum<I: Iterator<Item = Duration>>(iter: I) -> Duration;
}

pub struct Instant {
    t: Duration,
}
impl Instant {
    pub fn now() -> Instant;
    pub fn duration_since(&self, earlier: Instant) -> Duration;
    pub fn elapsed(&self) -> Duration;
    pub fn checked_add(&self, duration: Duration) -> Option<Instant>;
}
impl Copy for Instant {}
impl Clone for Instant {
    fn clone(&self) -> Instant;
}
impl PartialEq for Instant {
    fn eq(&self, other: &Instant) -> bool;
}
impl Eq for Instant {}
impl PartialOrd for Instant {
    fn partial_cmp(&self, other: &Instant) -> Option<cmp::Ordering>;
}
impl Ord for Instant {
    fn cmp(&self, other: &Instant) -> cmp::Ordering;
}
impl fmt::Debug for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl ops::Sub for Instant {
    type Output = Duration;
    fn sub(self, other: Instant) -> Duration;
}
impl ops::Add<Duration> for Instant {
    type Output = Instant;
    fn add(self, other: Duration) -> Instant;
}

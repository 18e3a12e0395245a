// Integer overflow caught at compile time (E0080): a constant whose value does not fit
// its type is rejected instead of silently wrapping around.
const DAILY_LIMIT: u8 = 200;
const WEEKEND_LIMIT: u8 = DAILY_LIMIT + 60;

fn main() {
    println!("weekend limit: {}", WEEKEND_LIMIT);
}

struct Clock;
impl Clock {
    fn tick(&self) {}
    fn tick(&self) {}
}
fn main() {}

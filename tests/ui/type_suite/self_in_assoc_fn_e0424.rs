struct Timer { ticks: u32 }
impl Timer {
    fn reset() { self.ticks = 0; }
}
fn main() {}

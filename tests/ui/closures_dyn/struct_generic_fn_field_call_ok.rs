// A struct generic over `F: Fn(u64) -> u64` calling its field `(self.f)(x)`.
struct Memo<F: Fn(u64) -> u64> {
    f: F,
    cache: Vec<(u64, u64)>,
}
impl<F: Fn(u64) -> u64> Memo<F> {
    fn get(&mut self, x: u64) -> u64 {
        if let Some(&(_, y)) = self.cache.iter().find(|(k, _)| *k == x) {
            return y;
        }
        let y = (self.f)(x);
        self.cache.push((x, y));
        y
    }
}
fn main() {
    let mut m = Memo { f: |x| x * x, cache: Vec::new() };
    println!("{} {} {}", m.get(3), m.get(3), m.cache.len());
}

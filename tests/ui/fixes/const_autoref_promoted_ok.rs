fn digits() -> std::slice::Iter<'static, u32> {
    const D: [u32; 3] = [1, 2, 3];
    D.iter()
}

struct Table;
impl Table {
    const NAMES: [&'static str; 2] = ["lo", "hi"];
    fn first() -> &'static str {
        Self::NAMES.first().copied().unwrap_or("none")
    }
}

fn main() {
    println!("{:?} {}", digits().collect::<Vec<_>>(), Table::first());
}

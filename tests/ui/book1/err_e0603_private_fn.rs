// modules: calling a private function of a nested module from outside
mod billing {
    pub mod invoice {
        pub fn total(items: &[u32]) -> u32 {
            items.iter().sum::<u32>() + tax(items.len())
        }

        fn tax(count: usize) -> u32 {
            count as u32 * 2
        }
    }
}

fn main() {
    let items = [5, 10];
    println!("{}", billing::invoice::total(&items));
    println!("{}", billing::invoice::tax(2));
}

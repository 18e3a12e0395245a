trait Total {
    fn total<const N: usize>(&self, xs: [i32; N]) -> i32;
}

struct Adder(i32);

impl Total for Adder {
    fn total<const N: usize>(&self, xs: [i32; N]) -> i32 {
        let mut t = self.0;
        for x in xs {
            t += x;
        }
        t + N as i32
    }
}

fn main() {
    let a = Adder(100);
    println!("{}", a.total([1, 2, 3]));
}

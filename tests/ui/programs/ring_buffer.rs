// a generic fixed-capacity ring buffer of recent sensor readings with overwrite and iteration
struct Ring<T> {
    slots: Vec<Option<T>>,
    head: usize,
    len: usize,
}

impl<T: Copy + std::fmt::Debug> Ring<T> {
    fn with_capacity(cap: usize) -> Self {
        Ring { slots: vec![None; cap], head: 0, len: 0 }
    }

    fn push(&mut self, x: T) -> Option<T> {
        let cap = self.slots.len();
        let idx = (self.head + self.len) % cap;
        if self.len == cap {
            let old = self.slots[self.head].replace(x);
            self.head = (self.head + 1) % cap;
            old
        } else {
            self.slots[idx] = Some(x);
            self.len += 1;
            None
        }
    }

    fn pop_oldest(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let x = self.slots[self.head].take();
        self.head = (self.head + 1) % self.slots.len();
        self.len -= 1;
        x
    }

    fn to_vec(&self) -> Vec<T> {
        (0..self.len).map(|i| self.slots[(self.head + i) % self.slots.len()].unwrap()).collect()
    }
}

fn main() {
    let mut ring = Ring::with_capacity(4);
    for reading in [12, 15, 11, 19, 23, 8] {
        if let Some(lost) = ring.push(reading) {
            println!("overwrote {}", lost);
        }
    }
    println!("window {:?}", ring.to_vec());
    let avg = ring.to_vec().iter().sum::<i32>() as f64 / ring.len as f64;
    println!("average {:.2}", avg);
    println!("oldest {:?}", ring.pop_oldest());
    ring.push(30);
    ring.push(31);
    println!("window {:?}", ring.to_vec());
    while let Some(x) = ring.pop_oldest() {
        print!("{} ", x);
    }
    println!("| empty: {}", ring.len == 0);
}

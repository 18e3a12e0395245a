// closures: a memoizing struct generic over its closure type
use std::collections::HashMap;

struct Memo<F>
where
    F: Fn(u64) -> u64,
{
    compute: F,
    cache: HashMap<u64, u64>,
    misses: u32,
}

impl<F> Memo<F>
where
    F: Fn(u64) -> u64,
{
    fn new(compute: F) -> Self {
        Memo { compute, cache: HashMap::new(), misses: 0 }
    }

    fn get(&mut self, arg: u64) -> u64 {
        if let Some(v) = self.cache.get(&arg) {
            return *v;
        }
        self.misses += 1;
        let v = (self.compute)(arg);
        self.cache.insert(arg, v);
        v
    }
}

struct Button<F: FnMut(&str)> {
    label: String,
    on_click: F,
}

impl<F: FnMut(&str)> Button<F> {
    fn click(&mut self) {
        (self.on_click)(&self.label);
    }
}

fn main() {
    let mut squares = Memo::new(|x| {
        x * x
    });
    for x in [3, 4, 3, 3, 5, 4] {
        print!("{} ", squares.get(x));
    }
    println!();
    println!("misses: {}", squares.misses);

    let mut clicks = Vec::new();
    {
        let mut ok = Button { label: String::from("OK"), on_click: |l: &str| clicks.push(l.len()) };
        ok.click();
        ok.click();
    }
    println!("clicks: {:?}", clicks);
}

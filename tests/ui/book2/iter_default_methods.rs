// iterators: using the provided methods of Iterator on a custom stepping iterator
#[derive(Clone)]
struct Steps {
    cur: i32,
    end: i32,
    by: i32,
}

impl Iterator for Steps {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        if self.cur >= self.end {
            return None;
        }
        let v = self.cur;
        self.cur += self.by;
        Some(v)
    }
}

fn steps(end: i32, by: i32) -> Steps {
    Steps { cur: 0, end, by }
}

fn main() {
    let s = steps(20, 3);
    println!("{:?}", s.clone().collect::<Vec<_>>());
    println!("any > 15: {}", s.clone().any(|x| x > 15));
    println!("all even: {}", s.clone().all(|x| x % 2 == 0));
    println!("find: {:?}", s.clone().find(|x| x % 5 == 0 && *x > 0));
    println!("max_by_key: {:?}", s.clone().max_by_key(|x| x % 7));
    println!("min: {:?}", s.clone().min());
    println!("nth(2): {:?}", s.clone().nth(2));
    let (even, odd): (Vec<i32>, Vec<i32>) = s.clone().partition(|x| x % 2 == 0);
    println!("{:?} / {:?}", even, odd);
    let pairs: Vec<(i32, char)> = s.clone().zip("abc".chars()).collect();
    println!("{:?}", pairs);
    let flat: Vec<i32> = steps(3, 1).flat_map(|x| std::iter::repeat(x).take(x as usize)).collect();
    println!("{:?}", flat);
    let skipped: Vec<i32> = s.clone().skip_while(|&x| x < 10).collect();
    println!("{:?}", skipped);
    let mut it = steps(10, 4);
    let first = it.next();
    let rest: i32 = it.sum();
    println!("{:?} then {}", first, rest);
    let unzipped: (Vec<i32>, Vec<i32>) = steps(6, 2).map(|x| (x, x * x)).unzip();
    println!("{:?}", unzipped);
    let text = steps(12, 5).map(|x| x.to_string()).collect::<Vec<_>>().join("-");
    println!("{text}");
    let cmp = steps(5, 1).cmp(steps(5, 2));
    println!("{:?} {}", cmp, steps(4, 1).eq(0..4));
    let inspected: Vec<i32> = steps(4, 1).inspect(|x| print!("<{x}>")).map(|x| x * 10).collect();
    println!(" {:?}", inspected);
}

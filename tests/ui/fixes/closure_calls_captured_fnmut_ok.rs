fn make_counter() -> Box<dyn FnMut() -> u32> {
    let mut n = 0;
    Box::new(move || {
        n += 1;
        n
    })
}

fn main() {
    let mut next_id = make_counter();
    let ids: Vec<u32> = (0..3).map(|_| next_id()).collect();
    println!("{:?} then {}", ids, next_id());

    let mut total = 0;
    let mut add = |x: u32| {
        total += x;
        total
    };
    let r = &mut add;
    let sums: Vec<u32> = ids.iter().map(|&x| r(x)).collect();
    println!("{:?}", sums);

    let mut boxed: Box<dyn FnMut(u32) -> u32> = Box::new(|x| x * 10);
    let dynr: &mut dyn FnMut(u32) -> u32 = &mut *boxed;
    let tens: Vec<u32> = sums.iter().map(|&x| dynr(x)).collect();
    println!("{:?}", tens);

    let shared: Box<dyn Fn(u32) -> bool> = Box::new(|x| x % 20 == 0);
    let kept: Vec<&u32> = tens.iter().filter(|x| shared(**x)).collect();
    println!("{:?} {}", kept, total);
}

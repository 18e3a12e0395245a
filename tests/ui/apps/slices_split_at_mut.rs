// slices: split_at_mut, swap, chunks_mut, iter_mut, sort_unstable_by, binary_search, rotate
fn bump_halves(data: &mut [i32]) {
    let mid = data.len() / 2;
    let (left, right) = data.split_at_mut(mid);
    for (l, r) in left.iter_mut().zip(right.iter_mut()) {
        let t = *l;
        *l += *r;
        *r -= t;
    }
}

fn partition_even(v: &mut [i32]) -> usize {
    let mut i = 0;
    for j in 0..v.len() {
        if v[j] % 2 == 0 {
            v.swap(i, j);
            i += 1;
        }
    }
    i
}

fn normalize(rows: &mut [f64], width: usize) {
    for row in rows.chunks_mut(width) {
        let max = row.iter().cloned().fold(f64::MIN, f64::max);
        for x in row.iter_mut() {
            *x /= max;
        }
    }
}

fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6, 7];
    bump_halves(&mut v);
    println!("bumped {:?}", v);

    let mut nums = [9, 4, 7, 2, 8, 1, 6];
    let evens = partition_even(&mut nums);
    let (e, o) = nums.split_at(evens);
    println!("evens {:?} odds {:?}", e, o);

    let mut m = vec![1.0, 2.0, 4.0, 3.0, 6.0, 12.0];
    normalize(&mut m, 3);
    println!("normalized {:?}", m);

    let mut sorted = nums.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    println!("desc {:?}", sorted);
    sorted.reverse();
    for needle in [6, 5] {
        match sorted.binary_search(&needle) {
            Ok(i) => println!("{} found at {}", needle, i),
            Err(i) => println!("{} would go at {}", needle, i),
        }
    }
    sorted.rotate_right(2);
    println!("rotated {:?}", sorted);
    if let [first, .., last] = sorted.as_slice() {
        println!("first {} last {}", first, last);
    }
    if let Some((head, tail)) = sorted.split_first() {
        println!("head {} tail len {}", head, tail.len());
    }
    let total: i32 = sorted[1..4].iter().sum();
    println!("mid sum {} contains 8: {}", total, sorted.contains(&8));
    let last_two = &mut sorted[5..];
    last_two[0] = 100;
    println!("{:?}", sorted);
}

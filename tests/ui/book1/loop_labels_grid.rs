// control flow: labeled breaks out of nested loops, loop returning a value
fn find_pair(grid: &[[i32; 4]; 3], target: i32) -> Option<(usize, usize)> {
    let mut found = None;
    'rows: for (r, row) in grid.iter().enumerate() {
        for (c, &cell) in row.iter().enumerate() {
            if cell == target {
                found = Some((r, c));
                break 'rows;
            }
            if cell < 0 {
                continue 'rows;
            }
        }
    }
    found
}

fn main() {
    let grid = [[1, 2, 3, 4], [-1, 9, 9, 9], [5, 6, 7, 8]];
    println!("{:?}", find_pair(&grid, 7));
    println!("{:?}", find_pair(&grid, 9));
    println!("{:?}", find_pair(&grid, 42));

    let mut counter = 0;
    let result = loop {
        counter += 3;
        if counter > 20 {
            break counter * 2;
        }
    };
    println!("result = {result}");

    let mut count = 0;
    'outer: loop {
        let mut remaining = 10;
        loop {
            if remaining == 7 {
                break;
            }
            if count == 2 {
                break 'outer;
            }
            remaining -= 1;
        }
        count += 1;
        println!("count = {count}, remaining = {remaining}");
    }
    println!("end count = {count}");

    let label = if count % 2 == 0 { "even" } else { "odd" };
    println!("{label}");
}

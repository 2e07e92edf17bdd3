package org.cmooffice.shared.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntToLongFunction;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A page of a long list whose count stops at a limit, {@value #COUNT_LIMIT} unless given:
 * counting a register of 100,000 stakeholders or an audit trail of millions for every
 * page would cost more than the page itself, and tells the reader nothing a filter would
 * not. Past the limit the page says "more than" and offers no page beyond the rows
 * counted.
 */
public class BoundedPage<T> extends PageImpl<T> {

	public static final int COUNT_LIMIT = 10_000;

	/** What a query counting the matches should stop at. */
	public static final int COUNT_UP_TO = COUNT_LIMIT + 1;

	private final int countLimit;

	private final boolean countedPastLimit;

	/**
	 * @param counted the matches, counted up to {@link #COUNT_UP_TO}
	 */
	public BoundedPage(List<T> content, int number, long counted) {
		this(content, PageRequest.of(number, Pages.SIZE), counted, COUNT_LIMIT);
	}

	/**
	 * A page whose count stops at a limit of its own, such as a preview's.
	 * @param counted the matches, counted up to one past {@code countLimit}
	 */
	public BoundedPage(List<T> content, Pageable pageable, long counted, int countLimit) {
		super(content, pageable, Math.min(counted, countLimit));
		this.countLimit = countLimit;
		this.countedPastLimit = counted > countLimit;
	}

	/**
	 * Reads a page of {@code size} rows whose matches are counted up to
	 * {@code countLimit}. The first page's rows are read first and counted only when they
	 * fill the page (fewer are all there are); a later page is read after the count,
	 * which decides the last page there is.
	 * @param countUpTo counts the matches, stopping at the number it is given
	 * @param rows reads the rows of a page
	 */
	public static <T> BoundedPage<T> read(int requested, int size, int countLimit, IntToLongFunction countUpTo,
			Function<PageRequest, List<T>> rows) {
		if (Pages.clamp(requested) == 0) {
			PageRequest first = PageRequest.of(0, size);
			List<T> content = rows.apply(first);
			long counted = (content.size() < size) ? content.size() : countUpTo.applyAsLong(countLimit + 1);
			return new BoundedPage<>(content, first, counted, countLimit);
		}
		long counted = countUpTo.applyAsLong(countLimit + 1);
		PageRequest request = PageRequest.of(number(requested, counted, size, countLimit), size);
		return new BoundedPage<>((counted == 0) ? List.of() : rows.apply(request), request, counted, countLimit);
	}

	/**
	 * The page to show for a requested number: nonsense clamped, and none past the last
	 * page of the rows counted.
	 */
	public static int number(int requested, long counted) {
		return number(requested, counted, Pages.SIZE, COUNT_LIMIT);
	}

	/**
	 * The same for pages of {@code size} rows and a count that stops at
	 * {@code countLimit}.
	 */
	public static int number(int requested, long counted, int size, int countLimit) {
		int lastPage = (int) Math.max(0, (Math.min(counted, countLimit) - 1) / size);
		return Math.min(Pages.clamp(requested), lastPage);
	}

	public boolean isCountedPastLimit() {
		return this.countedPastLimit;
	}

	public int getCountLimit() {
		return this.countLimit;
	}

	@Override
	public <U> BoundedPage<U> map(Function<? super T, ? extends U> converter) {
		return new BoundedPage<>(getConvertedContent(converter), getPageable(),
				this.countedPastLimit ? this.countLimit + 1 : getTotalElements(), this.countLimit);
	}

}
